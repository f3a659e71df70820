# check: an exception raised inside an except block replaces the first; the outer handler sees the new one
import threading

log = []


def work():
    try:
        try:
            int("x")
        except ValueError:
            log.append("inner")
            {}["missing"]
    except KeyError as e:
        log.append(f"outer KeyError {e}")
    except ValueError:
        log.append("outer ValueError")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
