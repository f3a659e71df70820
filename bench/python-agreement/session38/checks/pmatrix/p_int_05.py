# ordered
# parse matrix: int(text) of '0x1A'
import threading

log = []


def work(text):
    try:
        log.append(int(text))
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=('0x1A',))
t.start()
t.join()
print(log)
