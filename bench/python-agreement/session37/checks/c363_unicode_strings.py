import threading

names = []
log = []


def add(n):
    names.append(n)


threads = [threading.Thread(target=add, args=(n,)) for n in ("José Müller's café",)]
for t in threads:
    t.start()
for t in threads:
    t.join()
s = names[0]
log.append(len(s))
log.append(s[2:6])
log.append(s.upper())
log.append(s.find("ü"))
log.append(s[-4:])
log.append("ß".upper())
log.append(f"{s:>20}|")
log.append(s.split("é")[1])
print(log)  # ordered
