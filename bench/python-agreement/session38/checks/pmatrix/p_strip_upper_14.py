# ordered
# parse matrix: text.strip().upper() of '3.0'
import threading

log = []


def work(text):
    try:
        log.append(text.strip().upper())
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=('3.0',))
t.start()
t.join()
print(log)
