import threading
log = []
def work(a, b, s):
    log.append(a == b)
    log.append(a < b)
    log.append(s * 2)
    log.append(s[1:3] + s[-1])
    log.append(s.replace("b", "X").upper().startswith("A"))
    log.append(s.find("c"))
    log.append(int("42") + int(a))
    log.append(float(a) / 4)
    log.append(bool(""))
t = threading.Thread(target=work, args=(3, 3.0, "abcd"))
t.start(); t.join()
print(log)
