# ordered
# hierarchy matrix: raise UnicodeDecodeError, except ValueError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise UnicodeDecodeError('utf-8', b'x', 0, 1, 'bad')
            log.append("no raise")
        except ValueError:
            log.append("caught by ValueError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
