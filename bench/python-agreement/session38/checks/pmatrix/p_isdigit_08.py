# ordered
# parse matrix: text.isdigit() of '12abc'
import threading

log = []


def work(text):
    try:
        log.append(text.isdigit())
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=('12abc',))
t.start()
t.join()
print(log)
