# ordered
# parse matrix: text.strip().upper() of ''
import threading

log = []


def work(text):
    try:
        log.append(text.strip().upper())
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=('',))
t.start()
t.join()
print(log)
