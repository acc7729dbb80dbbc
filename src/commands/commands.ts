/**
 * The ribbon's function file (manifest: FunctionFile → commands.html). The one ribbon
 * button uses the ShowTaskpane action, which Office handles itself, so there is no
 * ExecuteFunction to associate; Office still loads this page and waits for onReady.
 */
Office.onReady(() => {
  // Nothing to register.
});
