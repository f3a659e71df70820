# a subclass of dict written through self[k]
import threading
class Registry(dict):
    def register(self, name, value):
        self[name] = value


reg = Registry()


def work():
    reg.register("a", 1)


t = threading.Thread(target=work)
t.start()
t.join()
print(dict(reg))
