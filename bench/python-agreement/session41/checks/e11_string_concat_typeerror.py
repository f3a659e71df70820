# check: TypeError concatenating str and int, caught
import threading

label = ""


def work():
    global label
    count = 3
    try:
        label = "items: " + count
    except TypeError as e:
        label = f"TypeError: {e}"


t = threading.Thread(target=work)
t.start()
t.join()
print(label)
