/*
 * The public face of the history feature: a company's closed results over time. The portfolio feature
 * shows a client's trend with the same view.
 */
export { HistoryPage } from './components/history-page';
export {
  formatDate,
  formatDelta,
  formatScore,
  HistoryView,
  useDimensionNames,
  type ClosedResult,
} from './components/history-view';
