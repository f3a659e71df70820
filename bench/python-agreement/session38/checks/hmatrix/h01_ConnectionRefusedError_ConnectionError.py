# ordered
# hierarchy matrix: raise ConnectionRefusedError, except ConnectionError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise ConnectionRefusedError('x')
            log.append("no raise")
        except ConnectionError:
            log.append("caught by ConnectionError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
