# check: join of map(str, ...) and list of floats
import threading

a = ""


def work():
    global a
    nums = [1, 2.5, -3, 4.0]
    a = ",".join(map(str, nums)) + "|" + str(sum(nums)) + "|" + str(max(nums)) + "|" + str(min(nums, key=abs))


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
