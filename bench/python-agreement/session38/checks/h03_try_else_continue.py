# ordered
# A worker loop with try/except/else/finally, continue and break.
import threading

log = []


def worker(records):
    for record in records:
        try:
            value = int(record)
        except ValueError:
            log.append(f"skip {record}")
            continue
        else:
            if value < 0:
                log.append("stop")
                break
            log.append(value * 2)
        finally:
            log.append(f"seen {record}")
    else:
        log.append("all read")


t = threading.Thread(target=worker, args=(["4", "x", "7", "-1", "9"],))
t.start()
t.join()
print(log)
