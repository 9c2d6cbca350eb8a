/**
 * Waiting for what a page has put off, instead of for a fixed time: the frames its handlers
 * defer work to (requestAnimationFrame), and its CSS transitions (the header sliding away).
 */
import type { Page } from 'playwright-core';

/**
 * Resolves once the page has drawn `count` frames from now: work an event handler put off to
 * the next frame, and what that work puts off to the frame after, has run by then.
 */
export function afterFrames(page: Page, count = 3): Promise<void> {
  return page.evaluate((n) => new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  }), count);
}

/** Resolves once the page's transitions and animations that have an end (not the looping ones) have ended, a frame after it is done with what started them. */
export async function animationsDone(page: Page): Promise<void> {
  await afterFrames(page, 2);
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => undefined))));
}
