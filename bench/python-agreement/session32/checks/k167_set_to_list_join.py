# ",".join(set_of_strings): the text depends on hash order.
import threading

text = ""


def work(words):
    global text
    text = ",".join(set(words))


th = threading.Thread(target=work, args=(["x", "y", "z"],))
th.start()
th.join()
print(text)
