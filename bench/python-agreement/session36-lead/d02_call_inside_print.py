"""A call of the file's function or method inside the arguments of a call weft only reads (`print`, an
f-string, `logging`): Python evaluates it, and what its body raises is raised there (session36/repro
r09: the exception was lost). Threads parse their texts and count the failures.
CPython 3.11: failures = 2 (the second thread parses "2" only), log = ['l b']"""
import logging
import threading

failures = 0
log = []
lock = threading.Lock()


def parse(text):
    return int(text)


class Parser:
    def parse(self, text):
        value = int(text)
        return value * 2


def worker(texts):
    global failures
    parser = Parser()
    for text in texts:
        try:
            print(parse(text))
        except ValueError:
            with lock:
                failures += 1
        try:
            print(f"parsed {parser.parse(text)}")
        except ValueError:
            with lock:
                failures += 1


threads = [threading.Thread(target=worker, args=(["1", "a"],)), threading.Thread(target=worker, args=(["2"],))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
try:
    logging.info("value %s", parse("b"))
except ValueError:
    log.append("l b")
print(failures, log)
