# Strings with quotes, a newline, a tab, non-ASCII and an emoji appended by a thread.
import threading

log = []


def write():
    log.append("it's")
    log.append('say "hi"')
    log.append("a\nb")
    log.append("tab\there")
    log.append("café")
    log.append("🙂")
    log.append("back\\slash")
    log.append("")


t = threading.Thread(target=write)
t.start()
t.join()
print(log)
