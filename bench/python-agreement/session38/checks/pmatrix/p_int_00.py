# ordered
# parse matrix: int(text) of '+5'
import threading

log = []


def work(text):
    try:
        log.append(int(text))
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=('+5',))
t.start()
t.join()
print(log)
