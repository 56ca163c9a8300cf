print("pdash")
