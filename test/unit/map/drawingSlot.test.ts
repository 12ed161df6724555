import { describe, expect, it } from 'vitest';
import { DrawingSlot } from '../../../src/map/drawingSlot.ts';

describe('DrawingSlot: one drawing session on the map at a time, its clicks not picks', () => {
  it('is held from the claim until its release (idempotent)', () => {
    const slot = new DrawingSlot();
    expect(slot.held).toBe(false);
    const release = slot.claim(() => {});
    expect(slot.held).toBe(true);
    release();
    expect(slot.held).toBe(false);
    release();
    expect(slot.held).toBe(false);
  });

  it('ends the session holding it when another claims it; the old release leaves the new claim alone', () => {
    const slot = new DrawingSlot();
    const ended: string[] = [];
    const releaseDraw = slot.claim(() => ended.push('draw'));
    const releaseEdit = slot.claim(() => ended.push('edit'));
    expect(ended).toEqual(['draw']);
    releaseDraw();
    expect(slot.held).toBe(true);
    releaseEdit();
    expect(slot.held).toBe(false);
    expect(ended).toEqual(['draw']);
  });

  it('takes clicks while a session holds the map, and the click that ends a gesture begun in a session', () => {
    const slot = new DrawingSlot();
    slot.press();
    expect(slot.clickIsPick()).toBe(true);

    const release = slot.claim(() => {});
    slot.press();
    expect(slot.clickIsPick()).toBe(false);
    // The closing click of a drawing: the session ends on pointer up, before the click arrives.
    slot.press();
    release();
    expect(slot.clickIsPick()).toBe(false);
    // From the next press on, clicks are picks again (no timer).
    slot.press();
    expect(slot.clickIsPick()).toBe(true);
  });
});
