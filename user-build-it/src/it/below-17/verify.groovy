// The processor's own error, with the level and the fix, and no dispatcher.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[handler-source-level] this compilation's source level is Java 11")
assert log.contains('<release>17</release>')
assert !new File(basedir, 'target/classes/com/example/LoginHandlerDispatcher.class').exists()
