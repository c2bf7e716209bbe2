// The routes of this function's web server, on Gin: GET / greets, POST /echo returns the JSON body it
// was sent, anything else is 404. Every response is JSON.
package main

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

// newHandler is the Gin engine that answers every request of the function; the tests serve it on a free port.
func newHandler() http.Handler {
	// Release mode: Gin's debug mode prints every route at start, which would fill FC's logs.
	gin.SetMode(gin.ReleaseMode)
	engine := gin.New()
	// A panic in a handler answers 500 instead of dropping the connection.
	engine.Use(gin.Recovery())
	engine.GET("/", greet)
	engine.POST("/echo", echo)
	// Gin answers a path it knows with another method (POST /) here too: HandleMethodNotAllowed is off.
	engine.NoRoute(func(c *gin.Context) {
		c.JSON(http.StatusNotFound, gin.H{"error": "Not found", "path": c.Request.URL.Path})
	})
	return engine
}

func greet(c *gin.Context) {
	query := queryObject(c.Request)
	name, _ := query["name"].(string)
	if name == "" {
		name = "world"
	}
	c.JSON(http.StatusOK, gin.H{"message": "Hello, " + name + "!", "method": c.Request.Method, "path": c.Request.URL.Path, "query": query})
}

// echo reads the body itself: Gin's ShouldBindJSON would take an empty body for an error of another kind.
func echo(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "The request body could not be read"})
		return
	}
	var received interface{}
	if err := json.Unmarshal(body, &received); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "The request body is not valid JSON"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"received": received})
}
