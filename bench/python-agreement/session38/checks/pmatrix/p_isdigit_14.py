# ordered
# parse matrix: text.isdigit() of '3.0'
import threading

log = []


def work(text):
    try:
        log.append(text.isdigit())
    except ValueError as e:
        log.append(type(e).__name__)


t = threading.Thread(target=work, args=('3.0',))
t.start()
t.join()
print(log)
