# try/except/else/finally order with a loop's continue and break.
import threading

log = []


def work():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"try{i}")
        except Exception:
            log.append("exc")
        else:
            log.append(f"else{i}")
        finally:
            log.append(f"fin{i}")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
