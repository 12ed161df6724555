// "Phóng đến xã, phường": type a commune's name with or without diacritics (or a former commune's name:
// "tinh phong" finds Thọ Phong), pick it, and the map frames it (store.fitBounds) and selects it (outline and
// attribute panel).
import { useMemo, useState } from 'react';
import { bbox } from '@turf/turf';
import { findCommunes } from '../domain/text/findCommunes.ts';
import type { Commune } from '../domain/targets/types.ts';
import { msg, type Message } from '../i18n/message.ts';
import { renderMessage } from '../i18n/renderMessage.ts';
import { useLanguage, useStore } from './useAppState.ts';
import { useCommunes } from './useCommunes.ts';

export function CommuneSearch() {
  const store = useStore();
  const language = useLanguage();
  const { communes } = useCommunes();
  const say = (m: Message) => renderMessage(language, m);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => findCommunes(communes, query), [communes, query]);
  if (communes.length === 0) return null;

  const choose = (commune: Commune) => {
    if (commune.geometry) {
      const [w, s, e, n] = bbox(commune.geometry);
      store.fitBounds([w, s, e, n]);
    }
    // Select its feature too: the map outlines it and the attribute panel shows its type, code and what it was formed from.
    const state = store.getState();
    for (const layer of state.history.workspace.project.layers) {
      const data = layer.role === 'admin_unit' ? state.layerData[layer.id] : undefined;
      const featureIndex = data?.status === 'ready' ? data.data.features.findIndex((f) => f.geometry === commune.geometry) : -1;
      if (featureIndex >= 0) {
        store.select({ layerId: layer.id, featureIndex });
        break;
      }
    }
    setQuery(commune.name);
    setOpen(false);
  };
  const label = say(msg('commune.search.label'));

  return (
    <div className="commune-search" data-testid="commune-search">
      <input
        type="search"
        value={query}
        placeholder={say(msg('commune.search.placeholder'))}
        aria-label={label}
        title={label}
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls="commune-search-list"
        data-testid="commune-search-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            if (matches.length) setActive((active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
          } else if (e.key === 'Enter' && matches[active]) {
            e.preventDefault();
            choose(matches[active].commune);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && query.trim() !== '' && (
        <ul id="commune-search-list" role="listbox" className="commune-search-list">
          {matches.length === 0 && <li className="muted" data-testid="commune-search-none">{say(msg('commune.search.none'))}</li>}
          {matches.map(({ commune, formerName }, i) => (
            <li
              key={commune.code}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              data-testid="commune-search-option"
              data-code={commune.code}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(commune);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="commune-search-name">
                {commune.level ? `${say(msg('commune.level', { level: commune.level }))} ` : ''}
                <strong>{commune.name}</strong>
              </span>
              <span className="muted commune-search-note">
                {[formerName && say(msg('commune.formed-from', { formerName })), commune.formerProvince && say(msg('commune.former-province', { province: commune.formerProvince }))]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
