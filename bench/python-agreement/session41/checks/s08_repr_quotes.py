# check: repr of strings with quotes and escapes
import threading

a = ""
b = ""


def work():
    global a, b
    a = repr("it's") + "|" + repr('say "hi"') + "|" + repr("tab\there")
    b = str(["a'b", "c"]) + "|" + str({"k": "v"}) + "|" + str(("x",))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
