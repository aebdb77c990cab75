// The processor's own error, naming the handler, and no dispatcher.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[handler-missing-codes]')
assert log.contains('LoginHandler does not handle')
assert log.contains('110 RESTART_MARKER')
assert !new File(basedir, 'target/classes/com/example/LoginHandlerDispatcher.class').exists()
