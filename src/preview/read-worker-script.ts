/** The reader's worker script beside the page, as the build names it (webpack.config.js, `readWorker`). */
export const READ_WORKER_SCRIPT = "read-worker.js";
