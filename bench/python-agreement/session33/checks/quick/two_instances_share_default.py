import threading
shared = {'n': 0}
class W:
    def __init__(self, d):
        self.d = d
    def inc(self):
        self.d['n'] += 1
a = W(shared)
b = W(shared)
ts = [threading.Thread(target=a.inc), threading.Thread(target=b.inc)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared['n'])
