import threading
class Registry:
    names = []
    def add(self, n):
        self.names.append(n)
r1 = Registry()
r2 = Registry()
def worker():
    r1.add('x')
t = threading.Thread(target=worker)
t.start()
t.join()
print(len(r2.names))
