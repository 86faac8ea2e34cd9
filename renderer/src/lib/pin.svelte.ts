import type { RevealedPin } from '../../../electron/core/contract';
import { TimedReveal } from './timed-reveal.svelte';

/** A revealed PIN on screen: hidden again after a set time, which the technician can extend. */
export class PinReveal extends TimedReveal<RevealedPin> {}
