import threading

log = []


def compute():
    log.append(round(2.5))
    log.append(round(3.5))
    log.append(-7 // 2)
    log.append(-7 % 3)
    log.append(divmod(-7, 2))
    log.append(round(0.125, 2))
    log.append(int(" 42 "))
    log.append(f"{1234567:,}")
    log.append(f"{0.5:.1%}")
    log.append(f"{'x':>4}|")
    log.append(7 / 2)


t = threading.Thread(target=compute)
t.start()
t.join()
print(log)  # ordered
