// The error boundary around the app: a render error shows a Vietnamese message (English below) and ways out —
// download the workspace, reload, or start over with the sample (the workspace is set aside, offered on the next load).
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { msg } from '../i18n/message.ts';
import { renderMessage } from '../i18n/renderMessage.ts';
import type { AppStore } from '../state/store.ts';
import { setAsideAutosavedWorkspace } from '../state/persistWorkspace.ts';
import { downloadFile } from './downloadFile.ts';
import { projectFileName, serialiseProject } from './import/projectFile.ts';
import './recovery.css';

interface Props {
  store: AppStore;
  children: ReactNode;
}

export class AppErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('NOXH Atlas: the app failed while rendering', error, info.componentStack);
  }

  private download = () => {
    const project = this.props.store.getState().history.workspace.project;
    downloadFile(projectFileName(typeof project.title === 'string' ? project.title : 'du-an'), serialiseProject(project), 'application/json');
  };

  private startOver = () => {
    void setAsideAutosavedWorkspace()
      .catch((error: unknown) => console.warn('NOXH Atlas: the workspace could not be set aside', error))
      .finally(() => window.location.reload());
  };

  override render() {
    if (!this.state.error) return this.props.children;
    const both = (code: 'recovery.crashed-title' | 'recovery.crashed-body') => [renderMessage('vi', msg(code)), renderMessage('en', msg(code))];
    const [titleVi, titleEn] = both('recovery.crashed-title');
    const [bodyVi, bodyEn] = both('recovery.crashed-body');
    return (
      <main className="recovery-page" role="alert" data-testid="app-crashed">
        <h1>{titleVi}</h1>
        <p>{bodyVi}</p>
        <div className="recovery-actions">
          <button type="button" data-testid="crash-download" onClick={this.download}>{renderMessage('vi', msg('recovery.download-workspace'))}</button>
          <button type="button" data-testid="crash-reload" onClick={() => window.location.reload()}>{renderMessage('vi', msg('recovery.reload'))}</button>
          <button type="button" data-testid="crash-start-over" onClick={this.startOver}>{renderMessage('vi', msg('recovery.start-over'))}</button>
        </div>
        <p className="recovery-en" lang="en">{titleEn}. {bodyEn}</p>
        <p className="recovery-en"><code>{String(this.state.error).slice(0, 300)}</code></p>
      </main>
    );
  }
}
