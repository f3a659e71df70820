# check: while-else runs only without break; nested loop break affects the inner loop only
import threading

log = []


def work():
    i = 0
    while i < 5:
        i += 1
        for j in range(3):
            if j == i:
                break
            log.append(f"{i}{j}")
        if i == 3:
            break
    else:
        log.append("no break")
    log.append(f"i={i}")


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
