module github.com/kpii/kpii

go 1.24.0

require (
	github.com/dlclark/regexp2 v1.12.0 // indirect
	github.com/nyaruka/phonenumbers v1.8.1 // indirect
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/text v0.30.0 // indirect
	google.golang.org/protobuf v1.36.11 // indirect
)
