# Check: default thread names are "Thread-N (target)" in Python 3.10+; a given name is kept. Bug: none.
import threading

names = {}


def work(key):
    names[key] = threading.current_thread().name


t1 = threading.Thread(target=work, args=("a",))
t2 = threading.Thread(target=work, args=("b",), name="loader")
t1.start()
t1.join()
t2.start()
t2.join()
a = names["a"]
b = names["b"]
main_name = threading.current_thread().name
print(f"a={a} b={b} main_name={main_name}")
