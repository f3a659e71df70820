import threading
x = 0
def inc():
    global x
    x += 1
t = threading.Thread(target=inc)
t.start(); t.join()
print(f"x = {x}")
