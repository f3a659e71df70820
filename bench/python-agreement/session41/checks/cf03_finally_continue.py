# check: finally runs on continue and break inside a loop
import threading

log = []


def work():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
