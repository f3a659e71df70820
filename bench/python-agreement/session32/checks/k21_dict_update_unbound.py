# dict.update(d, {...}) (the unbound method) in a thread
import threading
d = {"a": 1}


def work():
    dict.update(d, {"b": 2})


t = threading.Thread(target=work)
t.start()
t.join()
print(d)
