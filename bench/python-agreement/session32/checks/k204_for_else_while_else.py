# for ... else and while ... else with and without break.
import threading

log = []


def work(items, target):
    for x in items:
        if x == target:
            log.append("found")
            break
    else:
        log.append("absent")
    n = 0
    while n < 3:
        n += 1
        if n == target:
            break
    else:
        log.append("while-done")


ts = [threading.Thread(target=work, args=([1, 2], 2)), threading.Thread(target=work, args=([1, 2], 9))]
for t in ts:
    t.start()
    t.join()
print(log)
