// The build said nothing (no [WARNING] line at all), generated the dispatcher, and the program runs as the page says.
def log = new File(basedir, 'build.log').getText('UTF-8')
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
assert warnings.isEmpty() : "the build warned:\n${warnings.join('\n')}"
assert new File(basedir, 'target/classes/com/example/LoginHandlerDispatcher.class').isFile()

def runtime = new File(localRepositoryPath,
        "io/github/ftpreply/ftpreply-runtime/${ftpreplyVersion}/ftpreply-runtime-${ftpreplyVersion}.jar")
def process = [new File(System.getProperty('java.home'), 'bin/java').path, '-Dfile.encoding=UTF-8',
        '-cp', new File(basedir, 'target/classes').path + File.pathSeparator + runtime.path,
        'com.example.Main'].execute()
def out = process.inputStream.getText('UTF-8')
assert process.waitFor() == 0 : process.errorStream.getText('UTF-8')
assert out == new File(basedir, 'expected-output.txt').getText('UTF-8')
