# check: string comparison and sorting by case
import threading

a = ""
b = ""


def work():
    global a, b
    words = ["banana", "Apple", "cherry", "apple", "Banana"]
    a = ",".join(sorted(words))
    b = ",".join(sorted(words, key=str.lower))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
