module example.com/libmw

go 1.26
