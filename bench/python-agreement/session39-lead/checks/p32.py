import threading
log = []
def work(x, y, flag, nothing):
    log.append(f"{x / y}|{x // y}|{x % y}|{round(x / y, 2)}|{x / y:.1f}|{flag + flag}|{nothing}|{x:.2e}|{-x // 4}")
    log.append(str(x / 4))
    log.append(str(7.0))
    log.append(str(1e16))
    log.append(str(0.1 + 0.2))
    log.append(f"{(x, y)}|{(x,)}")
t = threading.Thread(target=work, args=(7, 2, True, None))
t.start(); t.join()
print(log)
