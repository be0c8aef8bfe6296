export { classify } from './detect/classify';
export type { Signal, SignalId } from './detect/signal';
export type { RunFacts } from './run/run-facts';
export { readRun } from './sites/read-run';
export { selectTips } from './tips/select';
export type { SelectedTip, Tip, TipId } from './tips/tip';
