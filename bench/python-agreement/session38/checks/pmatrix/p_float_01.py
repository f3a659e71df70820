# ordered
# parse matrix: float(text) of ' 7 '
import threading

log = []


def work(text):
    try:
        log.append(float(text))
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=(' 7 ',))
t.start()
t.join()
print(log)
