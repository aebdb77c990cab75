// Changing only the YAML in @FtpReplyCatalog(yaml = """...""") regenerates on the next plain `mvn compile`: the
// first build (the invoker's) prints the old 530 text, then this script edits the text block, runs Maven again in
// the same project, offline, and the program prints the new text.
def runtime = new File(localRepositoryPath,
        "io/github/ftpreply/ftpreply-runtime/${ftpreplyVersion}/ftpreply-runtime-${ftpreplyVersion}.jar")
def classes = new File(basedir, 'target/classes')
def run = {
    def process = [new File(System.getProperty('java.home'), 'bin/java').path, '-Dfile.encoding=UTF-8',
            '-cp', classes.path + File.pathSeparator + runtime.path, 'com.acme.Main'].execute()
    def out = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : process.errorStream.getText('UTF-8')
    out.trim()
}
def warnings = { String log -> log.readLines().findAll { it.startsWith('[WARNING]') } }

def firstLog = new File(basedir, 'build.log').getText('UTF-8')
assert warnings(firstLog).isEmpty() : "the build warned:\n${warnings(firstLog).join('\n')}"
assert run() == 'Please log in with USER and PASS.'

def source = new File(basedir, 'src/main/java/com/acme/AcmeCatalog.java')
def text = source.getText('UTF-8')
assert text.contains('Please log in with USER and PASS.')
// Class files are stamped when the first build wrote them; make the edit certainly later than that.
Thread.sleep(1100)
source.write(text.replace('Please log in with USER and PASS.', 'Log in first, please.'), 'UTF-8')

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
// The invoker's settings, filtered as it filters them: the artifacts the first build resolved count as there.
def settings = new File(basedir, 'target/user-settings.xml')
settings.write(new File(settingsTemplate).getText('UTF-8')
        .replace('@developerRepositoryUrl@', developerRepositoryUrl), 'UTF-8')
def second = [mvn, '-B', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}", 'compile']
        .execute(null, basedir)
def secondLog = second.inputStream.getText('UTF-8')
assert second.waitFor() == 0 : secondLog
new File(basedir, 'second-build.log').write(secondLog, 'UTF-8')
assert secondLog.contains('Recompiling the module because of changed source code') : secondLog
assert warnings(secondLog).isEmpty() : "the second build warned:\n${warnings(secondLog).join('\n')}"
assert run() == 'Log in first, please.'
