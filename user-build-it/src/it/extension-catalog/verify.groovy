// The build said nothing but notes (the catalog's missing translations are one), generated from the extension and
// for both handlers, and docs/extending.md's example prints what the page says.
def log = new File(basedir, 'build.log').getText('UTF-8')
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
assert warnings.isEmpty() : "the build warned:\n${warnings.join('\n')}"
assert log.contains('[cat-missing-translation]')
def classes = new File(basedir, 'target/classes')
['com/example/LoginHandlerDispatcher.class',
 'io/github/ftpreply/examples/extension/AcmeReplyCode.class',
 'io/github/ftpreply/examples/extension/AcmeReplyHandlerDispatcher.class',
 'io/github/ftpreply/examples/extension/AcmeReplyMessages_ko.properties'].each {
    assert new File(classes, it).isFile() : "no ${it}"
}

def runtime = new File(localRepositoryPath,
        "io/github/ftpreply/ftpreply-runtime/${ftpreplyVersion}/ftpreply-runtime-${ftpreplyVersion}.jar")
def process = [new File(System.getProperty('java.home'), 'bin/java').path, '-Dfile.encoding=UTF-8',
        '-cp', classes.path + File.pathSeparator + runtime.path,
        'io.github.ftpreply.examples.extension.AcmeExample'].execute()
def out = process.inputStream.getText('UTF-8')
assert process.waitFor() == 0 : process.errorStream.getText('UTF-8')
assert out == new File(basedir, 'expected-output.txt').getText('UTF-8')
