import threading
log = []
def action():
    log.append('all arrived')
b = threading.Barrier(2, action=action)
def party(n):
    b.wait()
    log.append(n)
ts = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log[0], sorted(log[1:]))
