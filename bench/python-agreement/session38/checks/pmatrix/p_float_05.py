# ordered
# parse matrix: float(text) of '0x1A'
import threading

log = []


def work(text):
    try:
        log.append(float(text))
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=('0x1A',))
t.start()
t.join()
print(log)
